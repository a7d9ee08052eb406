import type {} from 'mpp-widgets/types/vue';
